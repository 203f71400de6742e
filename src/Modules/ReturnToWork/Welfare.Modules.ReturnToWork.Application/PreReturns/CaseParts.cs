namespace Welfare.Modules.ReturnToWork.Application.PreReturns;

/// <summary>Which part of a case each relation sees (README: who sees what). The support officer never sees the certificate or the application.</summary>
internal static class CaseParts
{
    private const CaseRelation Programme = CaseRelation.Participant | CaseRelation.DepartmentHead | CaseRelation.Physician | CaseRelation.WelfareOfficer | CaseRelation.Director;

    public static readonly IReadOnlyDictionary<string, CaseRelation> Readers = new Dictionary<string, CaseRelation>
    {
        ["briefing"] = Programme,
        ["application"] = Programme,
        ["certificate"] = Programme,
        ["plan"] = Programme | CaseRelation.SupportOfficer,
        ["review"] = CaseRelation.DepartmentHead | CaseRelation.Physician | CaseRelation.WelfareOfficer | CaseRelation.Director,
        ["decision"] = Programme | CaseRelation.SupportOfficer,
        ["logs"] = CaseRelation.Participant | CaseRelation.SupportOfficer | CaseRelation.DepartmentHead | CaseRelation.Physician,
        ["interviews"] = CaseRelation.Participant | CaseRelation.SupportOfficer | CaseRelation.DepartmentHead | CaseRelation.Physician,
        ["contacts"] = CaseRelation.Participant | CaseRelation.SupportOfficer | CaseRelation.DepartmentHead,
        ["changeRequests"] = Programme,
        ["result"] = Programme,
        ["warnings"] = CaseRelation.DepartmentHead | CaseRelation.Physician,
    };

    public static bool Sees(this CaseRelation relation, string part) => (Readers[part] & relation) != CaseRelation.None;

    public static IReadOnlyList<string> Of(CaseRelation relation) => [.. Readers.Where(p => (p.Value & relation) != CaseRelation.None).Select(p => p.Key)];
}
