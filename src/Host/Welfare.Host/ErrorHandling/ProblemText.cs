using Welfare.SharedKernel;

namespace Welfare.Host.ErrorHandling;

/// <summary>Titles of problem responses in Japanese (default) and English.</summary>
internal static class ProblemText
{
    public static readonly LocalizedText Validation = new("入力内容に誤りがあります。", "One or more fields are invalid.");
    public static readonly LocalizedText Inconsistent = new("入力項目の組み合わせが正しくありません。", "The fields contradict each other.");
    public static readonly LocalizedText MalformedRequest = new("リクエストの形式が正しくありません。", "The request is malformed.");
    public static readonly LocalizedText UnknownField = new("この項目は受け付けていません。", "This field is not accepted.");
    public static readonly LocalizedText Required = new("必須項目です。", "This field is required.");
    public static readonly LocalizedText InvalidValue = new("値の形式が正しくありません。", "The value has the wrong format.");
    public static readonly LocalizedText BusinessRule = new("業務ルールに反するため処理できません。", "The request breaks a business rule.");
    public static readonly LocalizedText Conflict = new("データの現在の状態と競合しています。", "The request conflicts with the current state of the record.");
    public static readonly LocalizedText ConcurrentChange = new(
        "他の利用者が先に更新しました。最新のデータを取得してやり直してください。",
        "Someone else changed this record first. Reload it and try again.");
    public static readonly LocalizedText PreconditionFailed = new("データが読み込んだ後に変更されています。", "The record changed since it was read.");
    public static readonly LocalizedText PreconditionRequired = new("If-Match ヘッダーが必要です。", "The If-Match header is required.");
    public static readonly LocalizedText Duplicate = new("同じデータが既に登録されています。", "The same record already exists.");
    public static readonly LocalizedText Unexpected = new(
        "サーバーで予期しないエラーが発生しました。traceId を添えて管理者に連絡してください。",
        "An unexpected error occurred. Contact the administrator with the traceId.");

    public static LocalizedText ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => MalformedRequest,
        StatusCodes.Status401Unauthorized => new("認証が必要です。有効なアクセストークンを指定してください。", "Authentication is required. Send a valid bearer token."),
        StatusCodes.Status403Forbidden => new("この操作を行う権限がありません。", "You are not allowed to perform this operation."),
        StatusCodes.Status404NotFound => new("指定されたデータは見つかりません。", "The requested record was not found."),
        StatusCodes.Status405MethodNotAllowed => new("このメソッドは使用できません。", "This method is not allowed here."),
        StatusCodes.Status409Conflict => Conflict,
        StatusCodes.Status413PayloadTooLarge => new("リクエストが大きすぎます。", "The request body is too large."),
        StatusCodes.Status412PreconditionFailed => PreconditionFailed,
        StatusCodes.Status428PreconditionRequired => PreconditionRequired,
        StatusCodes.Status415UnsupportedMediaType => new("このContent-Typeは受け付けていません。", "This content type is not supported."),
        StatusCodes.Status422UnprocessableEntity => BusinessRule,
        StatusCodes.Status429TooManyRequests => new("リクエストが多すぎます。しばらく待ってから再試行してください。", "Too many requests. Wait and try again."),
        _ when status >= 500 => Unexpected,
        _ => MalformedRequest,
    };
}
