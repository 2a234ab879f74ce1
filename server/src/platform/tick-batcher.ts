interface Waiting<In, Out> {
  input: In;
  resolve: (out: Out) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for hot paths. Calls made while the event loop handles one round of I/O (every request that arrived
 * together) run as one batch right after it (`setImmediate`): one database round trip, and one commit for writes,
 * instead of one per request. At most `maxInFlight` batches run at once; calls that arrive meanwhile wait and go
 * together in the next one, so batches grow with load instead of round trips. An idle server sees batches of one
 * and waits for nothing. `run` answers per input, in order; an Error in a slot fails only that call.
 *
 * One bad input never fails the others: when `run` rejects for a batch of several (one statement failed, so the
 * whole batch changed nothing), every input is run again alone and answered by its own outcome. `run` must therefore
 * be all-or-nothing per call (one statement, or one transaction), which every caller is.
 */
export function tickBatcher<In, Out>(
  run: (inputs: In[]) => Promise<(Out | Error)[]>,
  { maxBatch = 200, maxInFlight = 2 }: { maxBatch?: number; maxInFlight?: number } = {},
): (input: In) => Promise<Out> {
  let waiting: Waiting<In, Out>[] = [];
  let scheduled = false;
  let inFlight = 0;

  const settle = (batch: Waiting<In, Out>[], outs: (Out | Error)[]) =>
    batch.forEach((w, i) => {
      const out = outs[i];
      if (out instanceof Error) w.reject(out);
      else if (i >= outs.length) w.reject(new Error('batch answered fewer results than inputs'));
      else w.resolve(out as Out);
    });

  // The batch failed as a whole: each input alone, one after the other (a rare path; it keeps its in-flight slot).
  const isolate = async (batch: Waiting<In, Out>[]) => {
    for (const w of batch) {
      try {
        settle([w], await run([w.input]));
      } catch (error) {
        w.reject(error);
      }
    }
  };

  const flush = () => {
    scheduled = false;
    while (waiting.length > 0 && inFlight < maxInFlight) {
      const batch = waiting.slice(0, maxBatch);
      waiting = waiting.slice(maxBatch);
      inFlight += 1;
      run(batch.map((w) => w.input))
        .then(
          (outs) => settle(batch, outs),
          (error: unknown) => (batch.length === 1 ? batch.forEach((w) => w.reject(error)) : isolate(batch)),
        )
        .finally(() => {
          inFlight -= 1;
          if (waiting.length > 0) schedule();
        });
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };

  return (input) =>
    new Promise<Out>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      schedule();
    });
}

/** A batcher kept per owner (a database handle): tests and benches run several apps in one process. */
export function perOwner<Owner extends object, F>(make: (owner: Owner) => F): (owner: Owner) => F {
  const made = new WeakMap<Owner, F>();
  return (owner) => {
    let f = made.get(owner);
    if (!f) {
      f = make(owner);
      made.set(owner, f);
    }
    return f;
  };
}
