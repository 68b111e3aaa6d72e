// $connect: remember which document this connection edits, so that broadcasts reach only
// the document's own editors. Clients connect with wss://.../<stage>?documentId=<id>.
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';

const dynamodb = new DynamoDBClient({});
// API Gateway closes WebSocket connections after two hours; TTL cleans up rows it missed.
const CONNECTION_LIFETIME_SECONDS = 2 * 60 * 60;
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,128}$/;

export const handler = async (event) => {
  const connectionId = event.requestContext.connectionId;
  const documentId = event.queryStringParameters?.documentId ?? '';
  if (!DOCUMENT_ID.test(documentId)) {
    return { statusCode: 400, body: 'documentId query parameter required: 1-128 of [A-Za-z0-9_-]' };
  }
  const now = Math.floor(Date.now() / 1000);
  await dynamodb.send(new PutItemCommand({
    TableName: process.env.CONNECTIONS_TABLE,
    Item: {
      connectionId: { S: connectionId },
      documentId: { S: documentId },
      connectedAt: { N: String(now) },
      expiresAt: { N: String(now + CONNECTION_LIFETIME_SECONDS) },
    },
  }));
  return { statusCode: 200, body: 'connected' };
};
