// The parts of autocannon's API the load bench uses (the package ships no types).
declare module 'autocannon' {
  namespace autocannon {
    interface Options {
      /** Several servers: connection i goes to url[i % url.length]. */
      url: string | string[];
      connections?: number;
      /** Most requests per second from one connection (unset: as fast as answers come). */
      connectionRate?: number;
      duration?: number;
      requests?: Record<string, unknown>[];
    }
    interface Histogram {
      average: number;
      p50: number;
      p99: number;
    }
    interface Result {
      requests: Histogram;
      latency: Histogram;
      errors: number;
      timeouts: number;
      non2xx: number;
    }
  }
  /** A running load: resolves to the result; emits 'response' (client, status, bytes, ms) per reply. */
  interface Instance extends PromiseLike<autocannon.Result> {
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): Instance;
  }
  function autocannon(options: autocannon.Options): Instance;
  export = autocannon;
}
