/**
 * The generated catalog data (data/*.json, written by `npm run catalog:update`), typed. Only
 * the simulator's modules import this file, so the data reaches the browser with the
 * simulator's lazily loaded chunk and never with a page's first load.
 */
import alpineJson from "./data/alpine.json";
import bookwormJson from "./data/debian-bookworm.json";
import estimatesJson from "./data/estimates.json";
import imagesJson from "./data/images.json";
import npmJson from "./data/npm.json";
import trixieJson from "./data/debian-trixie.json";
import type { AlpineData, DebianSuiteData, EstimatesData, ImagesData, NpmData } from "./data-types";

export const IMAGES_DATA = imagesJson as unknown as ImagesData;
export const ALPINE_DATA = alpineJson as unknown as AlpineData;
export const NPM_DATA = npmJson as unknown as NpmData;
/** Publisher images sized from the packages their build files list (approximate). */
export const ESTIMATES_DATA = estimatesJson as unknown as EstimatesData;
/** The Debian suites with package data, by codename. */
export const DEBIAN_SUITES: Readonly<Record<string, DebianSuiteData>> = {
  bookworm: bookwormJson as unknown as DebianSuiteData,
  trixie: trixieJson as unknown as DebianSuiteData,
};
