using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.GetCertificate;

internal sealed class GetCertificateQueryHandler(IReturnToWorkDbContext db, PreReturnAccess access, IAuditTrail audit)
    : IRequestHandler<GetCertificateQuery, CertificateFileDto>
{
    private const string Action = "pre-return.certificate.read";

    public async Task<CertificateFileDto> Handle(GetCertificateQuery request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.LoadAsync(request.PreReturnId, Action, track: false, cancellationToken);
        if (!relation.Sees("certificate"))
        {
            audit.Record(Action, PreReturnAccess.RecordType, found.Id.ToString(), AuditOutcome.Denied);
            throw new NotFoundException("MedicalCertificate", found.Id.ToString());
        }

        var certificate = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.PreReturnId == found.Id, cancellationToken)
            ?? throw new NotFoundException("MedicalCertificate", found.Id.ToString());
        audit.Record(Action, PreReturnAccess.RecordType, found.Id.ToString(), AuditOutcome.Allowed);
        var extension = certificate.ContentType switch { "application/pdf" => "pdf", "image/png" => "png", _ => "jpg" };
        return new CertificateFileDto(certificate.ContentType, certificate.Content, $"certificate-{found.Id}.{extension}");
    }
}
