package coop.steward.grievance;

/** What went wrong, in the categories that contract workers' complaints fall into. */
public enum GrievanceCategory {
    NON_PAYMENT,
    UNDERPAYMENT,
    LATE_PAYMENT,
    UNPAID_WORK,
    DEACTIVATION_WITHOUT_REASON,
    REJECTION_WITHOUT_APPEAL,
    UNSAFE_CONTENT_WITHOUT_SUPPORT,
    MISCLASSIFICATION,
    RETALIATION,
    DISCRIMINATION,
    OTHER
}
