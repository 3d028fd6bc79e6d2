import { DEFAULT_MESSAGE, ERROR_CODES, contract, functionOf, type Access, type ActionName } from '../../src/shared'
import { RATE_COUNTED_IN_WRITE } from '../../cloudfunctions/core/caller'
import { ENTITIES, FIELDS, fieldRules, fieldText, isOptional, rules, typeText, type Schema } from './schema-text'

/** The generated part of docs/api.md: every action of the contract, its entities, fields and error codes. */

const ACCESS: Record<Access, string> = {
  authenticated: '任何已识别身份的用户（含尚未绑定学会的）',
  member: '有角色的用户（填报人、审核员、管理员）',
  filler: '已绑定学会的填报人',
  reviewer: '审核员或管理员',
  admin: '管理员',
}

const writesNote = (name: ActionName, writes: boolean) =>
  !writes
    ? '只读'
    : RATE_COUNTED_IN_WRITE.has(name)
      ? '写操作（确有改动时计入每人每分钟写入次数限制，计数随本表的写入一同保存；没有改动的重复保存不计）'
      : '写操作（计入每人每分钟写入次数限制）'

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function inputTable(input: Schema): string[] {
  const shape = input._zod.def.shape ?? {}
  const keys = Object.keys(shape)
  if (keys.length === 0) return ['输入：`{}`（无参数）']
  return [
    '输入：',
    '',
    '| 字段 | 类型 | 必填 | 校验（出错时的提示） |',
    '|---|---|---|---|',
    ...keys.map((key) => {
      const field = shape[key]!
      const checks = rules(field).join('；') || '—'
      return `| \`${key}\` | \`${cell(typeText(field))}\` | ${isOptional(field) ? '否' : '是'} | ${cell(checks)} |`
    }),
  ]
}

function actionSection(name: ActionName): string[] {
  const spec = contract[name]
  const errors = spec.errors.length > 0 ? spec.errors.map((e) => `\`${e}\``).join('、') : '—'
  return [
    `### \`${name}\``,
    '',
    spec.summary,
    '',
    `- 调用者：${ACCESS[spec.access]}`,
    `- ${writesNote(name, spec.writes)}；生产环境由云函数 \`${functionOf(name)}\` 处理`,
    `- 输出：\`${cell(typeText(spec.output as unknown as Schema))}\``,
    `- 特有错误：${errors}`,
    '',
    ...inputTable(spec.input as unknown as Schema),
    '',
  ]
}

function entitySection(): string[] {
  return Object.entries(ENTITIES).flatMap(([name, schema]) => {
    const def = (schema as Schema)._zod.def
    const body =
      def.type === 'object'
        ? [`interface ${name} {`, ...Object.entries(def.shape ?? {}).map(([key, field]) => `  ${fieldText(key, field)}`), '}']
        : [`type ${name} = ${typeText(schema as Schema, schema)}`]
    return ['```ts', ...body, '```', '']
  })
}

export function renderApiDoc(): string {
  const names = Object.keys(contract) as ActionName[]
  return [
    '<!-- 以下由 `npm run docs:api` 根据 src/shared/contract 生成，请勿手改 -->',
    '',
    `## 操作一览（${names.length} 个）`,
    '',
    '| 操作 | 说明 | 调用者 | 写 |',
    '|---|---|---|---|',
    ...names.map((n) => `| [\`${n}\`](#${n.replace('.', '').toLowerCase()}) | ${cell(contract[n].summary)} | ${contract[n].access} | ${contract[n].writes ? '是' : ''} |`),
    '',
    ...names.flatMap(actionSection),
    '## 数据结构',
    '',
    ...entitySection(),
    '## 通用字段',
    '',
    '| 名称 | 校验（出错时的提示） |',
    '|---|---|',
    ...Object.keys(FIELDS).map((name) => `| \`${name}\` | ${cell(fieldRules(name).join('；'))} |`),
    '',
    '## 错误码',
    '',
    '每个操作都可能返回 `UNAUTHENTICATED`、`NOT_BOUND`、`FORBIDDEN`、`INVALID_INPUT`、`RATE_LIMITED`、`UNKNOWN_ACTION`、`INTERNAL`；',
    '上面“特有错误”列出各操作另外可能返回的。失败的结果为 `{ ok: false, code, message, details? }`，`message` 是给用户看的中文。',
    '',
    '| 错误码 | 默认提示 |',
    '|---|---|',
    ...ERROR_CODES.map((code) => `| \`${code}\` | ${DEFAULT_MESSAGE[code]} |`),
    '',
    '<!-- 生成内容结束 -->',
  ].join('\n')
}
