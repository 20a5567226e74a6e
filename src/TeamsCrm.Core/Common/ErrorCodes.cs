namespace TeamsCrm.Core.Common;

/// <summary>Every error and validation code; each has an English and a German text in CrmMessages.</summary>
public static class ErrorCodes
{
    public const string NotFound = "Error.NotFound";
    public const string Forbidden = "Error.Forbidden";
    public const string CatalogAdminsOnly = "Error.CatalogAdminsOnly";
    public const string Conflict = "Error.Conflict";
    public const string Invalid = "Error.Invalid";

    public const string Required = "Field.Required";
    public const string TooLong = "Field.TooLong";
    public const string TooMany = "Field.TooMany";
    public const string InvalidEmail = "Field.InvalidEmail";
    public const string InvalidUrl = "Field.InvalidUrl";
    public const string InvalidPhone = "Field.InvalidPhone";
    public const string Negative = "Field.Negative";
    public const string TooLarge = "Field.TooLarge";
    public const string OutOfRange = "Field.OutOfRange";
    public const string InvalidCurrency = "Field.InvalidCurrency";
    public const string UnknownValue = "Field.UnknownValue";
    public const string InvalidId = "Field.InvalidId";
    public const string ControlCharacters = "Field.ControlCharacters";
    public const string UnknownProduct = "Field.UnknownProduct";
    public const string ProductArchived = "Field.ProductArchived";

    /// <summary>The data mining was asked for conversion by RFM segment, which would restate RFM's own definition.</summary>
    public const string NoRfmConversion = "Field.NoRfmConversion";

    public const string StageTransitionNotAllowed = "Rule.StageTransitionNotAllowed";
    public const string DealClosed = "Rule.DealClosed";
    public const string HandoffAlreadyOpen = "Rule.HandoffAlreadyOpen";
    public const string MeetingNotYetHeld = "Rule.MeetingNotYetHeld";
    public const string HandoffNotPending = "Rule.HandoffNotPending";
    public const string HandoffOnlyRecipient = "Rule.HandoffOnlyRecipient";
    public const string HandoffOnlySender = "Rule.HandoffOnlySender";
    public const string HandoffToSelf = "Rule.HandoffToSelf";
    public const string HandoffNotOwner = "Rule.HandoffNotOwner";
    public const string HandoffRecipientCannotSeeDeal = "Rule.HandoffRecipientCannotSeeDeal";

    /// <summary>A guest hands a deal only back to the member who handed it to them; any other recipient, known or not, gets this.</summary>
    public const string HandoffGuestHandBackOnly = "Rule.HandoffGuestHandBackOnly";
    public const string HandoffNotYetDue = "Rule.HandoffNotYetDue";
    public const string DeclineNeedsReason = "Rule.DeclineNeedsReason";
    public const string CommentOnlyAuthor = "Rule.CommentOnlyAuthor";
    public const string CommentDeleted = "Rule.CommentDeleted";
    public const string TaskAlreadyDone = "Rule.TaskAlreadyDone";
    public const string GuestCommentsAreShared = "Rule.GuestCommentsAreShared";
    public const string ShareTargetMissing = "Rule.ShareTargetMissing";
    public const string DuplicateSuspected = "Rule.DuplicateSuspected";

    public const string InvalidDomain = "Field.InvalidDomain";
    public const string PartnerAdminsOnly = "Rule.PartnerAdminsOnly";
    public const string PartnerNameTaken = "Rule.PartnerNameTaken";
    public const string PartnerArchived = "Rule.PartnerArchived";
    public const string PartnerMemberUnknown = "Rule.PartnerMemberUnknown";
    public const string PartnerMemberNotGuest = "Rule.PartnerMemberNotGuest";
    public const string PartnerMemberElsewhere = "Rule.PartnerMemberElsewhere";
    public const string PartnerMemberAlready = "Rule.PartnerMemberAlready";
    public const string CrmAdminsOnly = "Rule.CrmAdminsOnly";
    public const string CrmAdminNotMember = "Rule.CrmAdminNotMember";
    public const string CrmAdminAlready = "Rule.CrmAdminAlready";
    public const string CrmAdminNotListed = "Rule.CrmAdminNotListed";
    public const string CrmAdminLast = "Rule.CrmAdminLast";
    public const string PartnerNotAMember = "Rule.PartnerNotAMember";
}
