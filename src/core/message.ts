/**
 * A platform-neutral chat message: what the command router answers and what a digest becomes before
 * it is posted. Renderers turn it into Markdown, Discord embeds or Slack blocks. Every string is
 * plain text (never markup); strings that came from feeds are untrusted and renderers escape them.
 *
 * Splitting rule for renderers: a `MessageItem` is atomic. When a message must be split to fit a
 * platform's limits, split between items (never inside one) and repeat the section heading
 * ("Sanctions (continued)") on the next part; never drop a section or an item silently.
 */
import type { Digest } from './digest.js';

export interface MessageLink {
  label: string;
  url: string;
}

/** One story, search hit or figure: rendered as a unit. */
export interface MessageItem {
  title: string;
  /** Link for the title, if any. */
  url?: string | null;
  /** Body text: a summary or a sentence. */
  body?: string;
  /** Short facts shown small: "3 sources", "UNHCR, 2 Mar 2022". */
  meta?: string[];
  /** Sources or related links. */
  links?: MessageLink[];
}

export interface MessageSection {
  heading: string;
  items: MessageItem[];
  /** Text shown when `items` is empty ("No stories in this window."). */
  emptyText?: string;
}

/** A table (used for figures): header row plus rows of plain-text cells. */
export interface MessageTable {
  heading: string;
  columns: string[];
  rows: string[][];
}

export interface Message {
  title: string;
  /** A line under the title ("24 h to 22 Nov 2026 09:00 UTC"). */
  subtitle?: string;
  /** Plain paragraph(s) before the sections (help text, an error sentence). */
  text?: string;
  sections?: MessageSection[];
  tables?: MessageTable[];
  footer?: string;
  /** Visible only to the caller where the platform allows it (errors, help, config replies). */
  ephemeral?: boolean;
  /** The command was refused or failed; `text` says why in one sentence. */
  isError?: boolean;
  /** Set when the message carries a digest, so adapters can attach the figures chart. */
  digest?: Digest;
}
