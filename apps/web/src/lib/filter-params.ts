import { useSearchParams } from "react-router";

/**
 * A list's filters live in the address (shareable, kept on reload): the current params and a setter
 * that writes one, removing it when empty, without adding a history entry per keystroke.
 */
export function useFilterParams() {
  const [params, setParams] = useSearchParams();
  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        if (value) current.set(name, value);
        else current.delete(name);
        return current;
      },
      { replace: true },
    );
  return [params, setParam] as const;
}
