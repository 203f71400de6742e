using Welfare.SharedKernel;

namespace Welfare.Host.ErrorHandling;

/// <summary>Titles and field messages of problem responses in Japanese (default) and English.</summary>
internal static class ProblemText
{
    public static readonly LocalizedText Validation = new("入力内容に誤りがあります。", "One or more fields are invalid.");
    public static readonly LocalizedText Inconsistent = new("入力項目の組み合わせが正しくありません。", "The fields contradict each other.");
    public static readonly LocalizedText MalformedRequest = new("リクエストの形式が正しくありません。", "The request is malformed.");
    public static readonly LocalizedText UnknownField = new("この項目は受け付けていません。", "This field is not accepted.");
    public static readonly LocalizedText Required = new("必須項目です。", "This field is required.");
    public static readonly LocalizedText InvalidValue = new("値の形式が正しくありません。", "The value has the wrong format.");
    public static readonly LocalizedText BusinessRule = new("業務ルールに反するため処理できません。", "The request breaks a business rule.");
    public static readonly LocalizedText ConcurrentChange = new(
        "他の利用者が先に更新しました。最新のデータを取得してやり直してください。",
        "Someone else changed this record first. Reload it and try again.");
    public static readonly LocalizedText PreconditionFailed = new("データが読み込んだ後に変更されています。", "The record changed since it was read.");
    public static readonly LocalizedText PreconditionRequired = new("If-Match ヘッダーが必要です。", "The If-Match header is required.");
    public static readonly LocalizedText Duplicate = new("同じデータが既に登録されています。", "The same record already exists.");

    /// <summary>A value outside a closed set: the values it takes, each with what it means.</summary>
    public static LocalizedText OneOf(IReadOnlyList<(string Value, LocalizedText? Label)> members) => new(
        "次のいずれかを指定してください: " + string.Join("、", members.Select(m => m.Label is { } l ? $"{m.Value}（{l.Japanese}）" : m.Value)),
        "Use one of: " + string.Join(", ", members.Select(m => m.Label is { } l ? $"{m.Value} ({l.English})" : m.Value)));

    /// <summary>The title of a problem of this status: its protocol code's text, except the two statuses with their own.</summary>
    public static LocalizedText ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => MalformedRequest,
        StatusCodes.Status422UnprocessableEntity => BusinessRule,
        _ => ProblemDetailsDefaults.CodeFor(status).Text,
    };
}
