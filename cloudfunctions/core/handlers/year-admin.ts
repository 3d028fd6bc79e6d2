import { requireRechecksAnswered } from './recheck-close'
import { ActionError, bandProblems, bandRangeProblems, findRubric, orderedReminderDays, rolloverRubric, wordingChanges } from '../../../src/shared'
import type { CallContext, Handlers } from '../handler-types'
import type { YearRecord } from '../ports'
import { audit, nowIso } from './records'
import { listYearRecords, loadYear, requireYear, yearSettings } from './years'

const yearTarget = (year: number) => `year:${year}`

/** Saves a changed year and records before → after in the audit log. */
async function saveYear(ctx: CallContext, action: string, before: YearRecord, after: YearRecord) {
  const loaded = loadYear(after)
  await ctx.store.putYear(after)
  await audit(ctx, action, yearTarget(after.year), before, after)
  return yearSettings(loaded)
}

async function requireOpenYear(ctx: CallContext, year: number) {
  const loaded = await requireYear(ctx, year)
  if (loaded.record.status === 'closed') throw new ActionError('INVALID_STATE', `${year}年度已结束，不能再修改设置`)
  return loaded
}

export const yearAdminHandlers: Pick<Handlers, 'review.years' | 'admin.openYear' | 'admin.updateYear' | 'admin.closeYear'> = {
  'review.years': async (_input, ctx) => {
    const years = (await listYearRecords(ctx)).map((r) => yearSettings(loadYear(r)))
    return { current: years[years.length - 1]!.year, years }
  },

  'admin.openYear': async ({ year, dryRun }, ctx) => {
    const records = await listYearRecords(ctx)
    const latest = records[records.length - 1]!
    if (year !== latest.year + 1) {
      throw new ActionError('INVALID_STATE', `只能开启紧接着的下一年度（${latest.year + 1}年度），当前年度为${latest.year}年度`)
    }
    const previous = loadYear(latest)
    const rubric = findRubric(year)
    if (!rubric) throw new ActionError('INVALID_STATE', `无法为${year}年度生成评分标准`)
    const changes = wordingChanges(previous.rubric, rolloverRubric(previous.rubric, year))
    const at = nowIso(ctx)
    const record: YearRecord = {
      year,
      status: 'open',
      rubricFrom: latest.year,
      deadline: null,
      extensions: {},
      gradeBands: latest.gradeBands.map((b) => ({ ...b })),
      openedAt: at,
      closedAt: null,
      updatedAt: at,
      // 自动提醒 carries over: the admin moves the deadline, the schedule stays.
      ...(latest.reminderDaysBefore ? { reminderDaysBefore: [...latest.reminderDaysBefore] } : {}),
    }
    const settings = yearSettings(loadYear(record))
    if (dryRun) return { year: settings, changes, opened: false }
    // A store that ran on the implicit first year keeps it as a record from now on.
    if (!(await ctx.store.getYear(latest.year))) await ctx.store.insertYear(latest)
    if (!(await ctx.store.insertYear(record))) throw new ActionError('INVALID_STATE', `${year}年度已经开启`)
    await audit(ctx, 'admin.openYear', yearTarget(year), null, record)
    return { year: settings, changes, opened: true }
  },

  'admin.updateYear': async ({ year, deadline, extensions, gradeBands, reminderDaysBefore }, ctx) => {
    const { record, rubric } = await requireOpenYear(ctx, year)
    const bands = gradeBands?.map((b) => ({ label: b.label.trim(), min: b.min }))
    if (bands) {
      const problems = [
        ...(bands.some((b) => !b.label) ? ['等级划分：等级名称不能为空'] : []),
        ...bandProblems(bands),
        ...bandRangeProblems(bands, rubric.total),
      ]
      if (problems.length > 0) throw new ActionError('INVALID_INPUT', problems.join('；'), { problems })
    }
    const nextExtensions = { ...record.extensions }
    if (extensions) {
      const ids = Object.keys(extensions)
      const known = await Promise.all(ids.map((id) => ctx.store.getSociety(id)))
      const unknown = ids.filter((_id, i) => !known[i])
      if (unknown.length > 0) throw new ActionError('NOT_FOUND', `没有找到学会：${unknown.join('、')}`)
      for (const [id, date] of Object.entries(extensions)) {
        if (date === null) delete nextExtensions[id]
        else nextExtensions[id] = date
      }
    }
    const after: YearRecord = {
      ...record,
      deadline: deadline === undefined ? record.deadline : deadline,
      extensions: nextExtensions,
      gradeBands: bands ?? record.gradeBands,
      updatedAt: nowIso(ctx),
      ...(reminderDaysBefore ? { reminderDaysBefore: orderedReminderDays(reminderDaysBefore) } : {}),
    }
    return saveYear(ctx, 'admin.updateYear', record, after)
  },

  'admin.closeYear': async ({ year }, ctx) => {
    const loaded = await requireYear(ctx, year)
    if (loaded.record.status === 'closed') return yearSettings(loaded)
    await requireRechecksAnswered(ctx, year)
    const at = nowIso(ctx)
    return saveYear(ctx, 'admin.closeYear', loaded.record, { ...loaded.record, status: 'closed', closedAt: at, updatedAt: at })
  },
}
