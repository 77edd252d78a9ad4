export const FOLDER_MARK = '<!-- folder benchmark: written by bench/folder.ts -->';
