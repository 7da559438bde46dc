/** A strip of the centred actor's interactions by month; a month's bar selects that month. */
export interface DateRange { from?: string; to?: string }

export function monthCounts(dates: (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  const months = dates.filter((d): d is string => d !== null).map((d) => d.slice(0, 7)).sort();
  if (months.length === 0) return counts;
  // Every month between the first and the last, empty ones too, so the strip is to scale.
  for (let m = months[0]; m <= months[months.length - 1]; m = nextMonth(m)) counts.set(m, 0);
  for (const m of months) counts.set(m, counts.get(m)! + 1);
  return counts;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

export function renderTimeline(container: HTMLElement, counts: Map<string, number>, range: DateRange, onPick: (range: DateRange) => void): void {
  container.replaceChildren();
  const max = Math.max(1, ...counts.values());
  for (const [month, count] of counts) {
    const bar = document.createElement('button');
    bar.type = 'button';
    const from = `${month}-01`;
    const to = lastDay(month);
    bar.style.height = `${Math.max(8, (100 * count) / max)}%`;
    bar.textContent = month.slice(2);
    bar.title = `${month}: ${count} interaction${count === 1 ? '' : 's'}`;
    bar.setAttribute('aria-label', bar.title);
    if ((!range.from || to >= range.from) && (!range.to || from <= range.to)) bar.classList.add('in-range');
    bar.addEventListener('click', () => onPick({ from, to }));
    container.append(bar);
  }
  if (counts.size === 0) container.textContent = 'No dated interactions.';
}
