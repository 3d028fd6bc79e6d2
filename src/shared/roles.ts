/** The three roles, and how the UI names them (plain data: the main package reads it without the contract). */
export const ROLES = ['filler', 'reviewer', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABEL: Record<Role, string> = { filler: '填报人', reviewer: '审核员', admin: '管理员' }
