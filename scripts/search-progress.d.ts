// Types for the part of cli-progress (no bundled types) that `npm run search:reindex` uses.
declare module "cli-progress" {
  type Preset = { format?: string; barCompleteChar: string; barIncompleteChar: string };
  type Options = { format?: string; hideCursor?: boolean };
  export class SingleBar {
    constructor(options: Options, preset?: Preset);
    start(total: number, startValue: number): void;
    setTotal(total: number): void;
    update(value: number): void;
    stop(): void;
  }
  export const Presets: { shades_classic: Preset };
  const cliProgress: { SingleBar: typeof SingleBar; Presets: typeof Presets };
  export default cliProgress;
}
