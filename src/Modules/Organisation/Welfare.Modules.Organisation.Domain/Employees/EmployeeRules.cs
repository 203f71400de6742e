using Welfare.SharedKernel;

namespace Welfare.Modules.Organisation.Domain.Employees;

internal sealed class TransferNotBeforeJoining(DateOnly joinedOn, DateOnly effective) : IBusinessRule
{
    public RuleCode Code => OrganisationProblems.TransferBeforeJoining;

    public LocalizedText Message => new(
        $"異動日 {effective:yyyy-MM-dd} が採用日 {joinedOn:yyyy-MM-dd} より前です。",
        $"The transfer date {effective:yyyy-MM-dd} is before the employee joined on {joinedOn:yyyy-MM-dd}.");

    public bool IsBroken() => effective < joinedOn;
}

internal sealed class TransferNotBeforeCurrentAssignment(DateOnly currentFrom, DateOnly effective) : IBusinessRule
{
    public RuleCode Code => OrganisationProblems.TransferBeforeCurrentAssignment;

    public LocalizedText Message => new(
        $"異動日 {effective:yyyy-MM-dd} が現在の配置の開始日 {currentFrom:yyyy-MM-dd} より前です。過去の配置は変更できません。",
        $"The transfer date {effective:yyyy-MM-dd} is before the current assignment began on {currentFrom:yyyy-MM-dd}; past assignments are never rewritten.");

    public bool IsBroken() => effective < currentFrom;
}

internal sealed class NotAlreadyLeft(EmployeeStatus status) : IBusinessRule
{
    public RuleCode Code => OrganisationProblems.EmployeeLeft;

    public bool IsBroken() => status == EmployeeStatus.Left;
}
