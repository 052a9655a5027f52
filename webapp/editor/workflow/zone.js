// Wall-clock times in a briefing's time zone (what <input type="datetime-local"> shows) and ISO instants.

function offsetMillis(epochMillis, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(epochMillis)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return wall - Math.floor(epochMillis / 1000) * 1000;
}

/** '2025-03-30T14:05' in Europe/Kyiv → '2025-03-30T11:05:00.000Z'. Twice, so a DST change between guesses settles. */
export function zonedToInstant(local, timeZone) {
  const [date, time] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const asUtc = Date.UTC(y, m - 1, d, hh, mm);
  const first = asUtc - offsetMillis(asUtc, timeZone);
  return new Date(asUtc - offsetMillis(first, timeZone)).toISOString();
}

/** The instant as the value of a datetime-local input in the zone. */
export function instantToZoned(epochMillis, timeZone) {
  const wall = new Date(epochMillis + offsetMillis(epochMillis, timeZone));
  return wall.toISOString().slice(0, 16);
}
