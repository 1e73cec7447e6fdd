// Time expressions, resolved against the publication date (CODEBOOK §1, `time`).
export { findTimes, pickTime, type TimeMention } from "./find-times.js";
