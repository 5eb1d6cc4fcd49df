// Waiting for conditions, never for time: every helper that waits goes through here.

/** Retries `check` (which throws on failure) until it passes or `timeout` ms pass; its result. */
export async function eventually(check, { timeout = 5000, interval = 25 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
