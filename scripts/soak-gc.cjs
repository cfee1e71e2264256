// Preloaded into the soak's server (with --expose-gc): SIGUSR2 runs a full garbage collection and
// prints the memory the server retains, so the soak compares that, not a point on V8's sawtooth.
process.on("SIGUSR2", () => {
  globalThis.gc?.();
  process.stdout.write(`${JSON.stringify({ soakMemory: process.memoryUsage() })}\n`);
});
