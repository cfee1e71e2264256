import { useQuery } from "@apollo/client/react";
import { Select, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState, type ReactNode } from "react";
import { AffiliateStatus } from "@allyhut/schema";
import { graphql } from "../../../gql";

const AffiliatePickerQuery = graphql(`
  query AffiliatePicker($search: String) {
    affiliates(first: 20, search: $search, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        id
        name
        email
        referralCode
        status
        offers {
          offer {
            id
          }
        }
      }
    }
  }
`);

export interface PickedAffiliate {
  id: string;
  name: string;
  email: string;
  referralCode: string;
  status: string;
  offers: { offer: { id: string } }[];
}

/** "Clark Kent · RSA7K2": what the field shows once an affiliate is picked. */
const labelOf = (affiliate: PickedAffiliate) => `${affiliate.name} · ${affiliate.referralCode}`;

interface AffiliatePickerProps {
  value: PickedAffiliate | null;
  onChange: (affiliate: PickedAffiliate | null) => void;
  error?: ReactNode;
}

/** Finds an affiliate of the program by name or email (the API searches); shows each one's code. */
export function AffiliatePicker({ value, onChange, error }: AffiliatePickerProps) {
  const [search, setSearch] = useState("");
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  // Once picked, the field shows the pick's label: that is not a search.
  const searching = value && search === labelOf(value) ? "" : debouncedSearch;
  const { data, loading } = useQuery(AffiliatePickerQuery, {
    variables: { search: searching || null },
  });
  const found = data?.affiliates.nodes ?? [];
  // The pick stays an option even when the current search no longer finds it.
  const affiliates = value && !found.some((a) => a.id === value.id) ? [value, ...found] : found;
  const byCode = new Map(affiliates.map((affiliate) => [affiliate.referralCode, affiliate]));

  return (
    <Select
      label="Affiliate"
      description="Search by name or email; each affiliate shows their referral code"
      placeholder="Type a name or an email"
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The API has filtered by name or email already.
      filter={({ options }) => options}
      data={affiliates.map((affiliate) => ({
        value: affiliate.referralCode,
        label: labelOf(affiliate),
      }))}
      renderOption={({ option }) => {
        const affiliate = byCode.get(option.value);
        if (!affiliate) return option.label;
        return (
          <div>
            <Text size="sm" fw={600}>
              {affiliate.name}
              {affiliate.status === AffiliateStatus.DISABLED ? " (disabled)" : ""}
            </Text>
            <Text size="xs" c="dimmed">
              {affiliate.email} · code {affiliate.referralCode}
            </Text>
          </div>
        );
      }}
      value={value?.referralCode ?? null}
      onChange={(code) => onChange((code && byCode.get(code)) || null)}
      nothingFoundMessage={loading ? "Searching…" : "No affiliate has this name or email"}
      error={error}
    />
  );
}
