import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".next/**", "out/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", ".shots/**", ".scratch/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports", disallowTypeAnnotations: false }],
    },
  },
  {
    // Node.js scripts: ours, and the example projects students download.
    files: ["**/*.mjs", "scripts/**/*.ts", "e2e/**/*.ts", "*.config.*", "lessons/**/*.js"],
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly", setTimeout: "readonly", Buffer: "readonly" },
    },
  },
  {
    // The example projects are plain Node.js programs, CommonJS or ESM, as students write them.
    files: ["lessons/**/*.js"],
    languageOptions: {
      globals: { require: "readonly", module: "writable", __dirname: "readonly", fetch: "readonly", setInterval: "readonly", clearInterval: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The pure core runs the same in the browser, in Vitest and in the CLI:
    // it may not reach for UI, Next or the file system.
    files: ["lib/dockerfile/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "react", message: "lib/dockerfile is the pure core: no React." },
            { name: "react-dom", message: "lib/dockerfile is the pure core: no React." },
            { name: "fs", message: "lib/dockerfile is the pure core: pass file contents in." },
            { name: "node:fs", message: "lib/dockerfile is the pure core: pass file contents in." },
            { name: "node:fs/promises", message: "lib/dockerfile is the pure core: pass file contents in." },
            { name: "path", message: "lib/dockerfile is the pure core: no Node built-ins." },
            { name: "node:path", message: "lib/dockerfile is the pure core: no Node built-ins." },
          ],
          patterns: [
            { group: ["next", "next/*"], message: "lib/dockerfile is the pure core: no Next." },
            { group: ["@/components/*", "@/app/*", "@/hooks/*", "**/components/**"], message: "The core never imports UI." },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
);
