/** The `sub-common` chunk of the modules exactly these subpackages share, e.g. `admin_filler_reviewer`. */
export const subCommonGroupName = (roots: readonly string[]): string => [...roots].sort().join('_').replace(/[^\w-]/g, '-')
