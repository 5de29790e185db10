// Type-checked by .ci/run against the client openapi-typescript generates from the served document: if an
// operation, a field or its type changes, this stops compiling. It is never run.
import type { components, operations } from "./steward-api";

type SessionRequest = components["schemas"]["SessionRequest"];
type SessionView = operations["putSession"]["responses"]["200"]["content"]["application/json"];
type Verification = operations["verifyLedger"]["responses"]["200"]["content"]["application/json"];
type Gig = components["schemas"]["EngagementRequest"];

export const evening: SessionRequest = {
  engagementId: "0192f3c4-5b6a-7c8d-9e0f-1a2b3c4d5e6f",
  startedAt: "2026-10-05T23:00:00Z",
  endedAt: "2026-10-06T01:00:00Z",
  timeZone: "America/Chicago",
  paidMinutes: 90,
  unpaidMinutes: { WAITING_FOR_TASKS: 30 },
  tasksDone: 14,
  tasksRejected: 1,
  supportOffered: false,
};

export function recordedRevision(view: SessionView): number {
  return view.revision;
}

export function chainIsValid(verification: Verification): boolean {
  return verification.valid;
}

export const kansasCityGig: Gig = {
  vendorName: "Invisible Technologies",
  taskKind: "RLHF_CONVERSATION",
  payBasis: "HOURLY",
  agreedRateMinor: 1500,
  currency: "USD",
  classification: "CONTRACTOR",
  writtenContract: true,
  healthBenefits: false,
  paidLeave: false,
  paymentTimeframeDays: 30,
  startDate: "2026-09-01",
  jurisdiction: "US-MO",
};
