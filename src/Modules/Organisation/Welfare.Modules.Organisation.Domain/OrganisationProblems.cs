using Welfare.SharedKernel;

namespace Welfare.Modules.Organisation.Domain;

/// <summary>Every code the organisation module raises, with its text (docs/errors.md is generated from it).</summary>
public sealed class OrganisationProblems : ProblemCatalogue
{
    private OrganisationProblems()
    {
    }

    public static readonly ProblemCode DepartmentClosed = DefineRejection(
        "organisation.department-closed", "所属がその日に存在しません。", "The department does not exist on that day.");

    public static readonly RuleCode DepartmentCycle = DefineRule(
        "organisation.department-cycle", "上位所属の指定で所属の階層が循環します。", "The parent given would create a cycle in the department tree.");

    public static readonly ProblemCode DuplicateDepartmentCode = DefineRejection(
        "organisation.duplicate-department-code", "所属コードがファイル内で重複しています。", "The department code appears more than once in the file.");

    public static readonly ProblemCode DuplicateEmployeeId = DefineRejection(
        "organisation.duplicate-employee-id", "職員番号がファイル内で重複しています。", "The staff number appears more than once in the file.");

    public static readonly RuleCode EffectivePeriodReversed = DefineRule(
        "organisation.effective-period-reversed", "有効期間の終了日が開始日より前です。", "The effective period ends before it begins.");

    public static readonly RuleCode EmployeeLeft = DefineRule(
        "organisation.employee-left", "退職済みの職員です。", "The employee has already left.");

    public static readonly ConflictCode GradeInUse = DefineConflict(
        "organisation.grade-in-use", "職員に設定されている職は削除できません。", "Grades still held by employees cannot be removed.");

    public static readonly RuleCode HeadBeforeCurrentHead = DefineRule(
        "organisation.head-before-current-head", "所属長の発令日が現所属長の発令日より前です。", "The head's start date is before the current head's start.");

    public static readonly ProblemCode InvalidDate = DefineRejection(
        "organisation.invalid-date", "日付は yyyy-MM-dd 形式または和暦 (R6.4.1、令和6年4月1日) で指定してください。", "The value is not a date (yyyy-MM-dd, or the Japanese calendar such as R6.4.1).");

    public static readonly ProblemCode InvalidDepartmentCode = DefineRejection(
        "organisation.invalid-department-code", "所属コードが正しくありません。", "The department code is not valid.");

    public static readonly ProblemCode InvalidEmployeeId = DefineRejection(
        "organisation.invalid-employee-id", "職員番号が正しくありません。", "The staff number is not valid.");

    public static readonly ProblemCode InvalidValue = DefineRejection(
        "organisation.invalid-value", "項目の値が使用できる値ではありません。", "The value of a field is not one it accepts.");

    public static readonly ProblemCode Required = DefineRejection(
        "organisation.required", "必須の項目がありません。", "A required field is empty.");

    public static readonly ProblemCode TooLong = DefineRejection(
        "organisation.too-long", "項目の値が長すぎます。", "The value of a field is too long.");

    public static readonly RuleCode TransferBeforeCurrentAssignment = DefineRule(
        "organisation.transfer-before-current-assignment", "異動日が現在の配置の開始日より前です。過去の配置は変更できません。", "The transfer date is before the current assignment began; past assignments are never rewritten.");

    public static readonly RuleCode TransferBeforeJoining = DefineRule(
        "organisation.transfer-before-joining", "異動日が採用日より前です。", "The transfer date is before the employee joined.");

    public static readonly ProblemCode UnknownDepartment = DefineRejection(
        "organisation.unknown-department", "所属コードが登録されていません。", "The department is not registered.");

    public static readonly RuleCode UnknownEmployee = DefineRule(
        "organisation.unknown-employee", "その職員番号の在職者が見つかりません。", "No serving employee has this staff number.");

    public static readonly ProblemCode UnknownField = DefineRejection(
        "organisation.unknown-field", "不明な項目があります。", "The row has a field the import does not know.");

    public static readonly ProblemCode UnknownGrade = DefineRejection(
        "organisation.unknown-grade", "職コードが登録されていません。", "The grade is not in the grade scale.");

    public static readonly RuleCode UnknownParentDepartment = DefineRule(
        "organisation.unknown-parent-department", "上位所属が登録されていません。", "The parent department is not registered.");
}
