// Counts in user-facing Dutch: "1 dag", "5 dagen" — never "5 dag(en)", which readers and searches stumble over.

export function aantal(n: number, enkelvoud: string, meervoud: string): string {
  return `${n} ${n === 1 ? enkelvoud : meervoud}`;
}

export const dagen = (n: number) => aantal(n, 'dag', 'dagen');
export const schooldagen = (n: number) => aantal(n, 'schooldag', 'schooldagen');
