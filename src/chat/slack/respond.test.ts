import { describe, expect, it } from 'vitest';
import type { Message } from '../../core/message.js';
import { renderSlack } from '../../render/slack.js';
import { answerPayloads, MAX_REPLIES } from './respond.js';

describe('answerPayloads', () => {
  it.each([
    [undefined, 'ephemeral'],
    [true, 'ephemeral'],
    [false, 'in_channel'],
  ] as const)('ephemeral=%s answers %s', (ephemeral, type) => {
    const [payload] = answerPayloads({ title: 'Help', text: 'Try /news digest.', ...(ephemeral === undefined ? {} : { ephemeral }) });
    expect(payload).toEqual({ response_type: type, replace_original: false, ...renderSlack({ title: 'Help', text: 'Try /news digest.' })[0] });
  });

  it("keeps within Slack's 5 replies and says what did not fit", () => {
    const message: Message = { title: 'Digest', sections: [{ heading: 'All', items: Array.from({ length: 200 }, (_, i) => ({ title: `Story ${i}`, meta: ['1 source'] })) }] };
    const parts = renderSlack(message);
    expect(parts.length).toBeGreaterThan(MAX_REPLIES);
    const payloads = answerPayloads(message);
    expect(payloads).toHaveLength(MAX_REPLIES);
    expect(payloads.slice(0, 4).map((p) => p.blocks)).toEqual(parts.slice(0, 4).map((p) => p.blocks));
    expect(payloads[4]!.text).toBe(`${parts.length - 4} more parts of this answer do not fit in Slack's 5 replies to a command; ask for one topic, e.g. /news digest sanctions.`);
  });
});
