/**
 * Checks a Slack message payload against the Block Kit limits the renderer promises to respect,
 * returning every breach (an empty list means the payload fits).
 */
import type { Block } from '../../src/render/slack.js';

// Slack Block Kit: 50 blocks a message, section text 3000, header plain_text 150, 10 context elements.
export function slackLimitBreaches(payload: { text: string; blocks: Block[] }): string[] {
  const breaches: string[] = [];
  if (payload.blocks.length > 50) breaches.push(`${payload.blocks.length} blocks`);
  if (payload.text.length > 40_000) breaches.push(`fallback text ${payload.text.length}`);
  payload.blocks.forEach((block, i) => {
    if (block.type === 'header') {
      if (block.text.type !== 'plain_text') breaches.push(`header ${i} not plain_text`);
      if (block.text.text.length > 150) breaches.push(`header ${i} is ${block.text.text.length} chars`);
      if (block.text.text.length === 0) breaches.push(`header ${i} empty`);
    } else if (block.type === 'section') {
      if (block.text.text.length > 3000) breaches.push(`section ${i} is ${block.text.text.length} chars`);
      if (block.text.text.length === 0) breaches.push(`section ${i} empty`);
    } else {
      if (block.elements.length > 10) breaches.push(`context ${i} has ${block.elements.length} elements`);
      if (block.elements.length === 0) breaches.push(`context ${i} empty`);
      for (const e of block.elements) if (e.text.length > 3000) breaches.push(`context ${i} element is ${e.text.length} chars`);
    }
  });
  return breaches;
}
