using System.Text.Json.Nodes;
using Welfare.IntegrationTests.Harness;

namespace Welfare.IntegrationTests.Platform;

/// <summary>
/// The contract documents the versions of editable records (docs/adr/0011, inventory): every read answers an ETag,
/// every change takes If-Match (required unless the ADR says otherwise), answers the new ETag and may answer 412
/// (and 428 where required); no other operation claims any of it.
/// </summary>
public sealed class EditableRecordContractTests : ApiTest
{
    private static readonly string[] Reads =
    [
        "GetPreReturn", "GetHarassmentComplaint", "GetHarassmentSettings", "GetStressCheckCampaign", "GetStressCheckInterview",
        "GetLongHoursInterview", "GetExcessAnalysis", "GetConsultation", "GetExternalCounselor", "GetDepartment",
    ];

    /// <summary>The changes of editable records, and whether If-Match is required on them.</summary>
    private static readonly Dictionary<string, bool> Changes = new()
    {
        // Pre-return and its parts.
        ["RecordPreReturnBriefing"] = true, ["UploadMedicalCertificate"] = true, ["SubmitPreReturnApplication"] = true, ["AcceptFamilySubstitute"] = true,
        ["DraftPreReturnPlan"] = true, ["RecordPreReturnReview"] = true, ["DecidePreReturn"] = true, ["DesignateSupportOfficer"] = true,
        ["RecordPreReturnDailyLog"] = true, ["ReviewPreReturnDailyLog"] = true, ["RecordPreReturnInterview"] = true, ["GivePreReturnContactConsent"] = true,
        ["RecordPreReturnContact"] = true, ["RequestPreReturnChange"] = true, ["AskToStopPreReturn"] = true, ["GivePreReturnChangeOpinion"] = true,
        ["DecidePreReturnChange"] = true, ["RecordPreReturnParticipantInformed"] = true, ["ReportPreReturnResult"] = true,

        // Complaint and its records; its counsellors are assigned by the welfare officer, who may not read it.
        ["AssignHarassmentCounselors"] = false, ["RecordHarassmentIntake"] = true, ["CorrectHarassmentIntake"] = true, ["ConfirmHarassmentIntake"] = true,
        ["ChooseHarassmentHandling"] = true, ["RecordHarassmentHearing"] = true, ["CorrectHarassmentHearing"] = true, ["ConfirmHarassmentHearing"] = true,
        ["TakeHarassmentAction"] = true, ["TellHarassmentComplainant"] = true, ["CloseHarassmentComplaint"] = true, ["NotifyHarassmentEmergency"] = true,
        ["RecordHarassmentFollowUp"] = true, ["RequestHarassmentInvestigationByAuthority"] = true, ["RecordHarassmentAuthorityAnswer"] = true,
        ["UpdateHarassmentSettings"] = true,

        // Stress-check campaign and interview.
        ["ChangeStressCheckCriteria"] = true, ["NameStressCheckImplementers"] = true, ["OpenStressCheckCampaign"] = true, ["DesignateStressCheckStaff"] = true,
        ["AddStressCheckTarget"] = true, ["ExcludeStressCheckTarget"] = true, ["CloseStressCheckCampaign"] = true,
        ["DecideStressCheckInterviewEligibility"] = true, ["RecordStressCheckInterview"] = true, ["IssueStressCheckPhysicianOpinion"] = true,
        ["DecideStressCheckMeasures"] = true,

        // Long-hours interview and excess analysis.
        ["RecommendLongHoursInterview"] = true, ["ScheduleLongHoursInterview"] = true, ["RecordLongHoursInterviewNotHeld"] = true,
        ["RecordLongHoursInterviewOpinion"] = true, ["RequestLongHoursInterview"] = true, ["RecordExcessAnalysis"] = true, ["RecordExcessCountermeasures"] = true,

        // Consultation and the external counsellors' registry.
        ["UpdateConsultation"] = true, ["RecordConsultationConsent"] = true, ["WithdrawConsultationConsent"] = true, ["ReferConsultation"] = true,
        ["RecordSuperiorContact"] = true, ["RaiseUrgentCase"] = true, ["RecordUrgentAction"] = true, ["UpdateExternalCounselor"] = true,

        // Departments: maintained by the personnel system, which may not read one.
        ["PutDepartment"] = false, ["AssignDepartmentHead"] = false,
    };

    private static async Task<List<(string Id, JsonObject Operation)>> OperationsAsync()
    {
        var document = JsonNode.Parse(await Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;
        return [.. document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(op => op.Value is JsonObject { } o && o["operationId"] is not null)
            .Select(op => (op.Value!["operationId"]!.GetValue<string>(), op.Value!.AsObject())))];
    }

    private static JsonObject? Header(JsonObject operation, string name) =>
        operation["parameters"]?.AsArray().OfType<JsonObject>().FirstOrDefault(p => p["in"]?.GetValue<string>() == "header" && p["name"]?.GetValue<string>() == name);

    private static IEnumerable<(string Status, JsonObject Response)> Responses(JsonObject operation) =>
        operation["responses"]!.AsObject().Select(r => (r.Key, r.Value!.AsObject()));

    private static bool AnswersETag(JsonObject response) => response["headers"]?["ETag"] is not null;

    [Test]
    public async Task Every_change_of_an_editable_record_documents_If_Match_412_428_and_the_new_ETag()
    {
        var operations = await OperationsAsync();
        Assert.That(operations.Select(o => o.Id), Is.SupersetOf(Changes.Keys), "every change in the inventory is an operation");
        foreach (var (id, operation) in operations.Where(o => Changes.ContainsKey(o.Id)))
        {
            var required = Changes[id];
            var ifMatch = Header(operation, "If-Match");
            Assert.That(ifMatch, Is.Not.Null, $"{id} documents If-Match");
            Assert.That(ifMatch!["required"]?.GetValue<bool>() ?? false, Is.EqualTo(required), $"{id}: If-Match required");
            Assert.That(operation["responses"]!["412"], Is.Not.Null, $"{id} documents 412");
            Assert.That(operation["responses"]!["428"] is not null, Is.EqualTo(required), $"{id} documents 428 where If-Match is required");
            Assert.That(Responses(operation).Where(r => r.Status.StartsWith('2')).Select(r => AnswersETag(r.Response)), Is.Not.Empty.And.All.True,
                $"{id}: every success answers the new ETag");
        }
    }

    [Test]
    public async Task Every_read_of_an_editable_record_documents_its_ETag_and_no_other_operation_claims_versions()
    {
        var operations = await OperationsAsync();
        Assert.That(operations.Select(o => o.Id), Is.SupersetOf(Reads));
        foreach (var (id, operation) in operations.Where(o => Reads.Contains(o.Id)))
        {
            Assert.That(AnswersETag(operation["responses"]!["200"]!.AsObject()), Is.True, $"{id} answers an ETag");
            Assert.That(operation["responses"]!["304"] is not null, Is.EqualTo(Header(operation, "If-None-Match") is not null), $"{id}: If-None-Match goes with 304");
        }

        var claiming = operations.Where(o => Header(o.Operation, "If-Match") is not null || Header(o.Operation, "If-None-Match") is not null
                || Responses(o.Operation).Any(r => AnswersETag(r.Response)))
            .Select(o => o.Id);
        Assert.That(claiming, Is.EquivalentTo(Reads.Concat(Changes.Keys)), "only the inventory's operations carry versions");
    }
}
