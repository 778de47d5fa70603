// The parts of structured-data-testing-tool (CommonJS, no types of its own) that
// tests/e2e/link-previews.spec.ts uses. A CommonJS module has one export, its default.
/* eslint-disable no-restricted-syntax */
declare module "structured-data-testing-tool" {
  type Preset = { name: string; description?: string; tests?: unknown[]; presets?: Preset[] };
  type Check = { test: string; description?: string; preset?: string };
  const sdtt: {
    structuredDataTest(
      input: string,
      options?: { presets?: Preset[] },
    ): Promise<{ passed: Check[]; failed: Check[]; warnings: Check[] }>;
  };
  export default sdtt;
}

declare module "structured-data-testing-tool/presets.js" {
  type Preset = { name: string; description?: string; tests?: unknown[]; presets?: Preset[] };
  const presets: { Google: Preset; Twitter: Preset; Facebook: Preset; SocialMedia: Preset };
  export default presets;
}
