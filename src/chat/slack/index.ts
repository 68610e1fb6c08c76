/** Slack chat adapter: everything Slack-specific lives in this folder. */
export { SlackAdapter, type SlackAdapterOptions, DEFAULT_RETRY } from './adapter.js';
export { verifySlackSignature, type SignatureVerdict, type SignedRequest, SIGNATURE_WINDOW_SECONDS } from './signature.js';
export { deliveryError } from './errors.js';
