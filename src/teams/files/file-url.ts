/**
 * Where the bot may fetch a file from, or put one: URLs that come inside Teams payloads (a file's
 * download link, a consent card's upload session) are treated as hostile.
 *
 * @remarks
 * Teams puts both on the person's OneDrive for Business, `https://<tenant>-my.sharepoint.com/...`.
 * Anything else is refused before a request is made: plain http, another host (an internal address,
 * the cloud's metadata service), credentials in the URL, an odd port. Loopback over http is allowed
 * only in local mode and tests, where a local server stands in for OneDrive.
 */
export interface FileUrlPolicy {
  /** Local mode and tests: http(s) to 127.0.0.1, ::1 or localhost is allowed too. */
  allowLoopback: boolean;
}

/** Host names Teams' file links live under (OneDrive for Business and SharePoint Online). */
export const FILE_HOST_SUFFIXES = ['.sharepoint.com'] as const;

const loopbackHosts = new Set(['127.0.0.1', '[::1]', 'localhost']);

export type FileUrlCheck = { ok: true; url: URL } | { ok: false; why: string };

/** Whether `raw` is a URL the bot may fetch or upload to under `policy`. */
export function checkFileUrl(raw: unknown, policy: FileUrlPolicy): FileUrlCheck {
  if (typeof raw !== 'string' || raw.length > 4096) return { ok: false, why: 'no usable link' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, why: 'not a link' };
  }
  if (url.username || url.password) return { ok: false, why: 'a link with credentials in it' };
  const host = url.hostname.toLowerCase();
  if (policy.allowLoopback && loopbackHosts.has(host) && (url.protocol === 'http:' || url.protocol === 'https:')) return { ok: true, url };
  if (url.protocol !== 'https:') return { ok: false, why: 'not https' };
  if (url.port && url.port !== '443') return { ok: false, why: 'an unexpected port' };
  if (!FILE_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix) && host.length > suffix.length)) return { ok: false, why: 'not a OneDrive or SharePoint address' };
  return { ok: true, url };
}
