// The part of cli-progress's API the scripts use; the package ships no types and @types/cli-progress is not installed.
declare module "cli-progress" {
  export type Options = { format?: string; hideCursor?: boolean };
  export type Preset = { barCompleteChar: string; barIncompleteChar: string };
  export class SingleBar {
    constructor(options: Options, preset?: Preset);
    start(total: number, start: number, payload?: Record<string, unknown>): void;
    increment(payload?: Record<string, unknown>): void;
    increment(step: number, payload?: Record<string, unknown>): void;
    updateETA(): void;
    update(value: number, payload?: Record<string, unknown>): void;
    setTotal(total: number): void;
    stop(): void;
  }
  export const Presets: { shades_classic: Preset; legacy: Preset; rect: Preset };
  const cliProgress: { SingleBar: typeof SingleBar; Presets: typeof Presets };
  export default cliProgress;
}
