import { describe, expect, it } from "vitest";
import { createReadMemo } from "@/lib/content/read-memo";

function clock() {
  let at = 0;
  return { now: () => at, advance: (ms: number) => void (at += ms) };
}

function counter(values: unknown[] = []) {
  let calls = 0;
  return {
    load: async () => values[calls++] ?? calls,
    get calls() {
      return calls;
    },
  };
}

describe("createReadMemo", () => {
  it("loads once within its lifetime and again after it", async () => {
    const time = clock();
    const memo = createReadMemo({ ttlMs: 1000, maxEntries: 10, now: time.now });
    const source = counter(["first", "second"]);
    expect(await memo.read("k", source.load)).toBe("first");
    time.advance(999);
    expect(await memo.read("k", source.load)).toBe("first");
    time.advance(1);
    expect(await memo.read("k", source.load)).toBe("second");
    expect(source.calls).toBe(2);
  });

  it("shares one load between concurrent readers of a key, and keeps keys apart", async () => {
    const memo = createReadMemo({ ttlMs: 1000, maxEntries: 10, now: () => 0 });
    const source = counter();
    const [a, b, c] = await Promise.all([memo.read("a", source.load), memo.read("a", source.load), memo.read("b", source.load)]);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(source.calls).toBe(2);
  });

  it("forgets everything on clear(), including a load still in flight", async () => {
    const memo = createReadMemo({ ttlMs: 60_000, maxEntries: 10, now: () => 0 });
    const source = counter(["old", "new"]);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const inFlight = memo.read("k", async () => {
      await gate;
      return source.load();
    });
    memo.clear();
    release();
    expect(await inFlight).toBe("old"); // the reader that was waiting still gets its answer
    expect(await memo.read("k", source.load)).toBe("new");
    expect(await memo.read("k", source.load)).toBe("new");
  });

  it("does not remember a failed load", async () => {
    const memo = createReadMemo({ ttlMs: 60_000, maxEntries: 10, now: () => 0 });
    await expect(memo.read("k", async () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await memo.read("k", async () => "back")).toBe("back");
  });

  it("holds at most maxEntries, dropping the oldest", async () => {
    const memo = createReadMemo({ ttlMs: 60_000, maxEntries: 3, now: () => 0 });
    for (const key of ["a", "b", "c", "d"]) await memo.read(key, async () => key);
    expect(memo.size).toBe(3);
    const source = counter(["reloaded"]);
    expect(await memo.read("a", source.load)).toBe("reloaded");
    expect(await memo.read("d", source.load)).toBe("d");
  });
});
