// The account workspace's browser side: which time zone the viewer's clock is in, so dates read as they expect.
export function timeZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}
