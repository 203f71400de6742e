using MediatR;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Harassment.Application.Complaints.GetComplaint;

/// <summary>One complaint as far as the caller may see it; 404 for everyone the record is sealed from (audited).</summary>
public sealed record GetComplaintQuery(Guid Id) : IQuery<ComplaintDto>;

internal sealed class GetComplaintQueryHandler(ComplaintAccess access) : IRequestHandler<GetComplaintQuery, ComplaintDto>
{
    public async Task<ComplaintDto> Handle(GetComplaintQuery request, CancellationToken cancellationToken)
    {
        var (complaint, view) = await access.ReadAsync(request.Id, "harassment.complaint.read", cancellationToken);
        return ComplaintDto.Of(complaint, view);
    }
}
