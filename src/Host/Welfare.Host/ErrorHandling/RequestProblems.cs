using Welfare.SharedKernel;

namespace Welfare.Host.ErrorHandling;

/// <summary>
/// The protocol-level codes: problems that say something about the request or the server rather than a rule of
/// a module. Every problem without a business code gets one of these by its status (<see cref="ProblemDetailsDefaults"/>).
/// </summary>
internal sealed class RequestProblems : ProblemCatalogue
{
    public static readonly ProblemCode Invalid = DefineProtocol(
        "request.invalid", StatusCodes.Status400BadRequest, "リクエストの形式又は入力内容に誤りがあります。", "The request is malformed or has invalid fields (see errors).");

    public static readonly ProblemCode Unauthenticated = DefineProtocol(
        "request.unauthenticated", StatusCodes.Status401Unauthorized, "認証が必要です。有効なアクセストークンを指定してください。", "Authentication is required. Send a valid bearer token.");

    public static readonly ProblemCode Forbidden = DefineProtocol(
        "request.forbidden", StatusCodes.Status403Forbidden, "この操作を行う権限がありません。", "You are not allowed to perform this operation.");

    public static readonly ProblemCode NotFound = DefineProtocol(
        "request.not-found", StatusCodes.Status404NotFound, "指定されたデータは見つかりません。", "The requested record was not found.");

    public static readonly ProblemCode MethodNotAllowed = DefineProtocol(
        "request.method-not-allowed", StatusCodes.Status405MethodNotAllowed, "このメソッドは使用できません。", "This method is not allowed here.");

    public static readonly ProblemCode Conflict = DefineProtocol(
        "request.conflict", StatusCodes.Status409Conflict, "データの現在の状態と競合しています。", "The request conflicts with the current state of the record.");

    public static readonly ProblemCode DirectoryCatchingUp = DefineProtocol(
        "request.directory-catching-up", StatusCodes.Status409Conflict,
        "職員名簿の最新の変更を反映中です。Retry-After の秒数の後にやり直してください。",
        "The module is still applying the latest changes of the directory. Try again after Retry-After seconds.");

    public static readonly ProblemCode PreconditionFailed = DefineProtocol(
        "request.precondition-failed", StatusCodes.Status412PreconditionFailed,
        "他の利用者が先に更新しました。最新のデータを取得してやり直してください。", "The record changed since you read it (If-Match). Reload it and try again.");

    public static readonly ProblemCode TooLarge = DefineProtocol(
        "request.too-large", StatusCodes.Status413PayloadTooLarge, "リクエストが大きすぎます。", "The request body is too large.");

    public static readonly ProblemCode UnsupportedMediaType = DefineProtocol(
        "request.unsupported-media-type", StatusCodes.Status415UnsupportedMediaType, "このContent-Typeは受け付けていません。", "This content type is not supported.");

    public static readonly ProblemCode InconsistentFields = DefineProtocol(
        "request.inconsistent-fields", StatusCodes.Status422UnprocessableEntity,
        "入力項目の組み合わせが正しくありません（errors の項目）。", "Fields that are each well-formed contradict each other (see errors).");

    public static readonly ProblemCode PreconditionRequired = DefineProtocol(
        "request.precondition-required", StatusCodes.Status428PreconditionRequired,
        "If-Match ヘッダーで読み込んだ版を指定してください。", "Send the version you read in an If-Match header.");

    public static readonly ProblemCode RateLimited = DefineProtocol(
        "request.rate-limited", StatusCodes.Status429TooManyRequests, "リクエストが多すぎます。しばらく待ってから再試行してください。", "Too many requests. Wait and try again.");

    public static readonly ProblemCode Unexpected = DefineProtocol(
        "server.unexpected", StatusCodes.Status500InternalServerError,
        "サーバーで予期しないエラーが発生しました。traceId を添えて管理者に連絡してください。", "An unexpected error occurred. Contact the administrator with the traceId.");

    private RequestProblems()
    {
    }
}
