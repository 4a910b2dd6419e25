/** Every key presenter view answers to, as the `?` dialog lists them. */
export const PRESENTER_KEYS: { keys: string[]; action: string }[] = [
  { keys: ["→", "Page Down", "Space"], action: "Next step" },
  { keys: ["←", "Page Up"], action: "Previous step" },
  { keys: ["E"], action: "Edit the Dockerfile (the slide keys pause while you type)" },
  { keys: ["Esc"], action: "Stop editing; it never leaves presenter view (Exit does)" },
  { keys: ["F"], action: "Full screen on or off" },
  { keys: ["D"], action: "Show the diff" },
  { keys: ["G"], action: "Show the stage graph" },
  { keys: ["R"], action: "Reset the editor to the lesson's Dockerfile" },
  { keys: ["S"], action: "Share with the class: link and QR code" },
  { keys: ["?"], action: "Show or hide this list" },
];
