/** Every key presenter view answers to, as the `?` dialog lists them. */
export const PRESENTER_KEYS: { keys: string[]; action: string }[] = [
  { keys: ["→", "Page Down", "Space"], action: "Next step" },
  { keys: ["←", "Page Up"], action: "Previous step" },
  { keys: ["F"], action: "Full screen on or off" },
  { keys: ["D"], action: "Show the diff" },
  { keys: ["G"], action: "Show the stage graph" },
  { keys: ["R"], action: "Reset the editor to the lesson's Dockerfile" },
  { keys: ["S"], action: "Share with the class: link and QR code" },
  { keys: ["Esc"], action: "Leave full screen, or leave presenter view" },
  { keys: ["?"], action: "Show or hide this list" },
];
