import { describe, expect, it } from 'vitest';
import { signalInput } from '../../contracts/signal.js';
import { generateDemoStore } from './generate-demo-store.js';

describe('demo store at scale', () => {
  it('generates 200,000 extra signals in under 5 seconds', () => {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const store = generateDemoStore({ extraSignals: 200_000 });
    const cpu = process.cpuUsage(cpuBefore);
    const wallMs = performance.now() - started;
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.info(`demo store + 200k extra signals: ${Math.round(wallMs)} ms wall, ${Math.round(cpuMs)} ms CPU`);
    expect(store.signals.length).toBeGreaterThan(200_000);
    // CPU time is the budget: on a shared CI box other processes can stretch wall time at will.
    // The wall ceiling only catches something gone badly wrong (say, quadratic work).
    expect(cpuMs).toBeLessThan(5_000);
    expect(wallMs).toBeLessThan(20_000);
    // A sample is enough to know the extras are well-formed; parsing all 200k would time zod.
    for (let i = store.signals.length - 1; i > 0; i -= 997) expect(signalInput.safeParse(store.signals[i]).success).toBe(true);
    const ids = new Set(store.signals.map((s) => s.externalId));
    expect(ids.size).toBe(store.signals.length);
  });
});
