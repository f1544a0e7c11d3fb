package no.ipt.workflow.tender;

/** Names the tender model, its forms, its beans and the complaint service share. */
public final class TenderProcess {

    public static final String PROCESS_ID = "ipt-tender";
    public static final String RESOURCE = "processes/tender/tender.bpmn";
    public static final String DECISION_RESOURCE = "processes/tender/procurement-procedure.dmn";
    public static final String DECISION_ID = "procurement-procedure";
    /** The message a bidder's complaint is correlated with, by business key (the case number). */
    public static final String COMPLAINT_MESSAGE = "TenderComplaint";

    // variables the model, the forms and the beans share
    public static final String CASE_NUMBER = "caseNumber";
    public static final String ESTIMATED_VALUE = "estimatedValue";
    public static final String SERVICE_CATEGORY = "serviceCategory";
    public static final String BUYER_TYPE = "buyerType";
    public static final String PROCEDURE_DECISION_DATE = "procedureDecisionDate";
    public static final String INPUTS_CORRECTED = "procedureInputsCorrected";
    public static final String SUPPLIERS = "suppliers";
    public static final String EVALUATORS = "evaluators";
    public static final String QUALIFIED_OFFERS = "qualifiedOffers";
    public static final String TENDER_REFERENCE = "tenderReference";
    public static final String AWARDED_FARMS = "awardedFarms";
    public static final String COMPLAINT_TEXT = "complaintText";
    public static final String COMPLAINT_RECEIVED_ON = "complaintReceivedOn";
    public static final String COMPLAINT_NUMBER = "complaintNumber";
    public static final String COMPLAINT_OUTCOME = "complaintOutcome";
    /** The outputs of the procurement-procedure decision, copied to process variables of these names. */
    public static final String[] DECISION_OUTPUTS = {"procedure", "regulationPart", "noticeRequired", "standstillDays",
        "maxFrameworkYears", "mayReserveForNonProfit"};

    private TenderProcess() {
    }
}
