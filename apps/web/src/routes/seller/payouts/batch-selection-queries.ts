import { graphql } from "../../../gql";

// What a payout batch can be made of: PENDING requests of one payment method in no open batch.

export const BatchableCountQuery = graphql(`
  query BatchableCount($paymentMethod: PaymentMethod!) {
    withdrawals(first: 1, status: PENDING, paymentMethod: $paymentMethod, inOpenBatch: false) {
      totalCount
    }
  }
`);

export const BatchableIdsQuery = graphql(`
  query BatchableIds($paymentMethod: PaymentMethod!, $first: Int!, $after: String) {
    withdrawals(
      first: $first
      after: $after
      status: PENDING
      paymentMethod: $paymentMethod
      inOpenBatch: false
      orderBy: { field: REQUESTED_AT, direction: ASC }
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
      }
    }
  }
`);

export const CreatePayoutBatchMutation = graphql(`
  mutation CreatePayoutBatch($input: CreatePayoutBatchInput!) {
    createPayoutBatch(input: $input) {
      id
      itemCount
    }
  }
`);
