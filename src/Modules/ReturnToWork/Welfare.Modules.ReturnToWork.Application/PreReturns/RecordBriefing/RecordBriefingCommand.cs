using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.RecordBriefing;

/// <summary>The department head or the physician records the points of the briefing they explained (art. 8); the application waits until every point is recorded.</summary>
public sealed record RecordBriefingCommand(Guid PreReturnId, IReadOnlyList<BriefingPoint> Points, DateOnly ExplainedOn) : ICommand<PreReturnDto>;
