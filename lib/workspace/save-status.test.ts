import { describe, expect, it } from "vitest";
import { saveStatusMessage } from "./save-status";

describe("saveStatusMessage", () => {
  const label = "The lesson's Dockerfile";
  it("an unedited lesson names its original", () => {
    expect(saveStatusMessage("original", false, label)).toBe("The lesson's Dockerfile, unchanged.");
  });
  it("edits are saved, or restored from last time", () => {
    expect(saveStatusMessage("saved", true, label)).toBe("Edited. Saved in this browser.");
    expect(saveStatusMessage("restored", true, label)).toBe("Your edits from last time, restored from this browser.");
  });
  it("a storage that cannot save says so whatever the text", () => {
    const message = "Your edits cannot be saved in this browser (storage is unavailable or full). Download the Dockerfile to keep them.";
    expect(saveStatusMessage("unavailable", false, label)).toBe(message);
    expect(saveStatusMessage("unavailable", true, label)).toBe(message);
  });
  it("unreadable saved data is reported until the student edits", () => {
    expect(saveStatusMessage("unreadable", false, label)).toBe("The edits saved in this browser could not be read; they are kept aside, and the original is shown.");
    expect(saveStatusMessage("unreadable", true, label)).toBe("Edited. Saved in this browser.");
  });
  it("a page that keeps no copy only says whether the example was edited", () => {
    expect(saveStatusMessage("none", false, label)).toBe("The example, unchanged.");
    expect(saveStatusMessage("none", true, label)).toBe("Edited.");
  });
});
