/** The onboarding pipeline: main stages in order, side states that need a reason, and each stage's checklist. */
export const MAIN_STAGES = ['lead', 'contacted', 'application', 'kyc', 'contract', 'setup', 'live'] as const
export const SIDE_STAGES = ['on_hold', 'rejected', 'churned'] as const
export const STAGES = [...MAIN_STAGES, ...SIDE_STAGES] as const

export type MainStage = (typeof MAIN_STAGES)[number]
export type SideStage = (typeof SIDE_STAGES)[number]
export type Stage = (typeof STAGES)[number]

export const STAGE_LABELS: Record<Stage, string> = {
  lead: 'Lead',
  contacted: 'Contacted',
  application: 'Application',
  kyc: 'Documents & KYC review',
  contract: 'Contract signed',
  setup: 'Setup',
  live: 'Live',
  on_hold: 'On hold',
  rejected: 'Rejected',
  churned: 'Churned'
}

export interface ChecklistTemplateItem {
  key: string
  label: string
  required: boolean
  /** A document usually proves this item (shown as a hint; attaching is not enforced). */
  document?: boolean
}

/** What must be done in a stage before the merchant may leave it for a later one. */
export const CHECKLISTS: Record<MainStage, ChecklistTemplateItem[]> = {
  lead: [{ key: 'contact_identified', label: 'Contact person identified', required: true }],
  contacted: [
    { key: 'intro_meeting', label: 'Introduction meeting held', required: true },
    { key: 'interest_confirmed', label: 'Interest in Alipay confirmed', required: false }
  ],
  application: [
    { key: 'application_form', label: 'Application form received', required: true, document: true },
    { key: 'signatory_id', label: 'Signatory ID', required: true, document: true },
    { key: 'proof_of_registration', label: 'Proof of registration', required: true, document: true }
  ],
  kyc: [
    { key: 'bank_account_confirmation', label: 'Bank account confirmation', required: true, document: true },
    { key: 'beneficial_owners', label: 'Beneficial owners declared', required: false, document: true },
    { key: 'kyc_approved', label: 'KYC review approved', required: true }
  ],
  contract: [{ key: 'signed_contract', label: 'Signed contract', required: true, document: true }],
  setup: [
    { key: 'terminal_installed', label: 'Terminal installed / QR code placed', required: true },
    { key: 'staff_trained', label: 'Staff trained', required: true },
    { key: 'alipay_listing_approved', label: 'Alipay listing approved', required: true },
    { key: 'marketing_kit', label: 'Marketing kit delivered', required: false }
  ],
  live: [{ key: 'first_transaction', label: 'First Alipay payment seen', required: false }]
}

export const CHECKLIST_ITEMS: Map<string, ChecklistTemplateItem & { stage: MainStage }> = new Map(
  MAIN_STAGES.flatMap((stage) => CHECKLISTS[stage].map((item) => [item.key, { ...item, stage }] as const))
)

export const isMainStage = (stage: string): stage is MainStage => (MAIN_STAGES as readonly string[]).includes(stage)
export const isSideStage = (stage: string): stage is SideStage => (SIDE_STAGES as readonly string[]).includes(stage)
export const stageIndex = (stage: MainStage) => MAIN_STAGES.indexOf(stage)
