import { ActionIcon, Popover, TextInput } from "@mantine/core";
import { DatePicker } from "@mantine/dates";
import { useState, type ComponentProps } from "react";
import { useEscapeOverDrawer } from "../../../components/drawer-guard";
import { formatLocalDate } from "../../../lib/dates";
import { parseTypedDate } from "./typed-date";

const fullDate = new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeZone: "UTC" });

interface PaidOnFieldProps {
  /** The form's props for the typed text: value, onChange, onBlur, error. */
  inputProps: Pick<ComponentProps<typeof TextInput>, "value" | "onChange" | "onBlur" | "error">;
  /** Why the date matters for the chosen status ("Needed to approve"), if it does. */
  hint: string | undefined;
  required: boolean;
  earliest: string;
  latest: string;
  /** A day picked on the calendar, as text the field reads back to the same day. */
  onPick: (text: string) => void;
}

/**
 * Date paid: a text field that takes the date as people type it and says how it read it, with a
 * calendar for the mouse (keyboard users type; the calendar button is not a tab stop).
 */
export function PaidOnField({
  inputProps,
  hint,
  required,
  earliest,
  latest,
  onPick,
}: PaidOnFieldProps) {
  const [picking, setPicking] = useState(false);
  useEscapeOverDrawer(picking);
  const text = String(inputProps.value ?? "");
  const read = text.trim() ? parseTypedDate(text) : null;
  const description = read ? (
    `Read as ${fullDate.format(new Date(`${read}T00:00:00Z`))}`
  ) : (
    <>
      {hint ? `${hint}. ` : ""}For example {formatLocalDate(latest)} or{" "}
      <span style={{ whiteSpace: "nowrap" }}>{latest}</span>
    </>
  );
  const pick = (date: string | null) => {
    if (!date) return;
    const shown = formatLocalDate(date);
    onPick(parseTypedDate(shown) === date ? shown : date);
    setPicking(false);
  };
  return (
    <TextInput
      label="Date paid"
      description={description}
      required={required}
      autoComplete="off"
      {...inputProps}
      rightSectionPointerEvents="all"
      rightSection={
        <Popover opened={picking} onChange={setPicking} position="bottom-end" shadow="md">
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              tabIndex={-1}
              aria-label="Pick the date paid on a calendar"
              onClick={() => setPicking((open) => !open)}
            >
              <CalendarIcon />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <DatePicker
              value={read}
              defaultDate={read ?? latest}
              minDate={earliest}
              maxDate={latest}
              onChange={pick}
            />
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}

function CalendarIcon() {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </svg>
  );
}
