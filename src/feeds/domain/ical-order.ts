/**
 * Puts an iCalendar object's top-level properties before its components.
 *
 * RFC 5545 §3.6: `icalbody = calprops component`. ical-generator writes VTIMEZONE blocks before
 * REFRESH-INTERVAL / X-PUBLISHED-TTL and custom X- properties after the events, which a strict
 * client may ignore or reject.
 * This pass keeps every line and fold as is, only reorders: properties, then VTIMEZONEs, then the
 * other components, each group in its original order.
 */
export function calpropsFirst(ics: string): string {
  const lines = ics.split('\r\n');
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (first !== 'BEGIN:VCALENDAR' || last !== 'END:VCALENDAR') throw new Error('Not a single VCALENDAR object');

  const props: string[] = [];
  const timezones: string[] = [];
  const others: string[] = [];
  let depth = 0;
  let block: string[] | null = null;
  let target = props;
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i];
    if (line.startsWith(' ') || line.startsWith('\t')) {
      (block ?? target).push(line); // folded continuation of the previous line
      continue;
    }
    if (line.startsWith('BEGIN:')) {
      if (depth === 0) {
        block = [];
        target = line === 'BEGIN:VTIMEZONE' ? timezones : others;
      }
      depth++;
    }
    if (block) block.push(line);
    else props.push(line);
    if (line.startsWith('END:')) {
      depth--;
      if (depth === 0 && block) {
        target.push(...block);
        block = null;
        target = props;
      }
    }
  }
  if (depth !== 0) throw new Error('Unbalanced BEGIN/END in iCalendar output');
  return [first, ...props, ...timezones, ...others, last].join('\r\n');
}
