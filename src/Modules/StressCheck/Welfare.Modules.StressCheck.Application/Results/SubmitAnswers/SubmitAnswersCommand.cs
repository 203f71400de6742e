using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Results.SubmitAnswers;

/// <summary>The caller's 57 answers (each 1..4, in item order). May be sent again until the campaign closes; the last counts.</summary>
public sealed record SubmitAnswersCommand(Guid CampaignId, IReadOnlyList<int> Answers) : ICommand<SubmissionReceiptDto>;

/// <summary>A receipt: the result itself is read from <c>my/result</c>, which is the notification.</summary>
public sealed record SubmissionReceiptDto(Guid SubmissionId, DateTimeOffset SubmittedAt, int SubmissionNumber);
