/** Story clustering: fingerprints, the incremental clusterer and the batch helper. */
export { storyFingerprint, FINGERPRINT_TERMS, FINGERPRINT_VERSION, type StoryFingerprint } from './fingerprint.js';
export {
  StoryClusterer,
  storyIdFor,
  DEFAULT_THRESHOLD,
  DEFAULT_WINDOW_HOURS,
  type Assignment,
  type ClusterItem,
  type StoryClustererOptions,
} from './clusterer.js';
export { clusterBatch, type BatchDocument } from './batch.js';
