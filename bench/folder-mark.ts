export const FOLDER_MARK = '<!-- folder benchmark: written by bench/folder.ts -->';
/** The README's folder figure sits between these two lines; bench/folder.ts rewrites what is between. */
export const README_FOLDER_START = '<!-- folder figure: written by bench/folder.ts (npm run bench:folder) -->';
export const README_FOLDER_END = '<!-- /folder figure -->';
