/**
 * The page a stored notification opens, naming the year it is about. Messages stored before they carried a
 * year (`pages/home/index`) still say it in their text (“2022年度自评表需修改…”): that year is used, so an
 * old message never opens the current year's form by default. Pages that name a submission are left as they are.
 */
export function pageOfYear(page: string, body: string): string {
  if (/[?&](year|id)=/.test(page)) return page
  const year = /(20\d\d)年度/.exec(body)?.[1]
  if (!year) return page
  return `${page}${page.includes('?') ? '&' : '?'}year=${year}`
}
